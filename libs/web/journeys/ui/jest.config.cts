module.exports = require('../../../../jest.angular.cjs')('web-journeys-ui', __dirname);
