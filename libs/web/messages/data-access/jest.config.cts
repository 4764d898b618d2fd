module.exports = require('../../../../jest.angular.cjs')('web-messages-data-access', __dirname);
