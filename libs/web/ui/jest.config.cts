module.exports = require('../../../jest.angular.cjs')('web-ui', __dirname);
