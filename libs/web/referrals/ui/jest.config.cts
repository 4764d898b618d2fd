module.exports = require('../../../../jest.angular.cjs')('web-referrals-ui', __dirname);
