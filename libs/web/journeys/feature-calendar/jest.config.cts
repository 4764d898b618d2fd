module.exports = require('../../../../jest.angular.cjs')('web-journeys-feature-calendar', __dirname);
