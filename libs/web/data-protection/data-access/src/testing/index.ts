// Examples of the API's answers, for the specs of this lib and of the screens that use it.
export * from '../lib/examples.testing';
