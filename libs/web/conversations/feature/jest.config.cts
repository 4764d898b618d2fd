module.exports = require('../../../../jest.angular.cjs')('web-conversations-feature', __dirname);
