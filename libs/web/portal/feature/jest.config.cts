module.exports = require('../../../../jest.angular.cjs')('web-portal-feature', __dirname);
