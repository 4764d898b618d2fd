module.exports = require('../../../../jest.angular.cjs')('web-data-protection-feature-data-protection', __dirname);
