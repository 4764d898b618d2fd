module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-ui', __dirname);
