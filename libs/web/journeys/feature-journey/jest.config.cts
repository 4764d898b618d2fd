module.exports = require('../../../../jest.angular.cjs')('web-journeys-feature-journey', __dirname);
