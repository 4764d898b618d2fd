module.exports = require('../../../../jest.angular.cjs')('web-referrals-data-access', __dirname);
