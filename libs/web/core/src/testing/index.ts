// @beside/web/core/testing: helpers for the web libraries' specs (a fake API, a rendered page, example
// answers of the API). Specs only: nothing in an app or a library's own code imports it.
export * from './api-answers.testing';
export * from './fake-api.testing';
export * from './page.testing';
