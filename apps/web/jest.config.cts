module.exports = require('../../jest.angular.cjs')('web', __dirname);
