module.exports = require('../../../../jest.angular.cjs')('web-journeys-feature-caseload', __dirname);
