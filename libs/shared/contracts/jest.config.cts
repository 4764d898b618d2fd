module.exports = require('../../../jest.node.cjs')('shared-contracts', __dirname);
