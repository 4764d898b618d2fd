module.exports = require('../../../jest.node.cjs')('shared-util', __dirname);
