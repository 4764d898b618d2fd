module.exports = require('../../../../jest.angular.cjs')('web-challenges-data-access', __dirname);
