module.exports = require('../../../../jest.angular.cjs')('web-data-protection-data-access', __dirname);
