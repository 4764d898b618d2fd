module.exports = require('../../../../jest.angular.cjs')('web-journeys-data-access', __dirname);
