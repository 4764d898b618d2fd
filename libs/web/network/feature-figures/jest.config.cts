module.exports = require('../../../../jest.angular.cjs')('web-network-feature-figures', __dirname);
