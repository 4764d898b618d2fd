module.exports = require('../../../../jest.angular.cjs')('web-data-protection-feature-my-requests', __dirname);
