module.exports = require('../../../../jest.angular.cjs')('web-network-feature-organisations', __dirname);
