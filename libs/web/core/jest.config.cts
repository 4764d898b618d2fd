module.exports = require('../../../jest.angular.cjs')('web-core', __dirname);
