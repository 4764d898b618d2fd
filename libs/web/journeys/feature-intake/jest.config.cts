module.exports = require('../../../../jest.angular.cjs')('web-journeys-feature-intake', __dirname);
