module.exports = require('../../../../jest.angular.cjs')('web-referrals-feature-referrals', __dirname);
