module.exports = require('../../../../jest.angular.cjs')('web-safety-data-access', __dirname);
