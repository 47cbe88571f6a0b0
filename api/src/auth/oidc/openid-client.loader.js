// openid-client is ESM-only. This file is plain CommonJS on purpose: TypeScript (module commonjs)
// would turn an import() in a .ts file into require(), which jest cannot do for an ES module,
// while a real import() works in jest (--experimental-vm-modules), in Node and in the webpack bundle.
module.exports.laadOpenidClient = () => import('openid-client');
