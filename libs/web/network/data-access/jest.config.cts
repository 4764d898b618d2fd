module.exports = require('../../../../jest.angular.cjs')('web-network-data-access', __dirname);
