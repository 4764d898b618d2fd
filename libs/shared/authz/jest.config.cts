module.exports = require('../../../jest.node.cjs')('shared-authz', __dirname);
