module.exports = require('../../../../jest.angular.cjs')('web-conversations-data-access', __dirname);
