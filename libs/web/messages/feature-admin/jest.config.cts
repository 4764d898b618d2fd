module.exports = require('../../../../jest.angular.cjs')('web-messages-feature-admin', __dirname);
