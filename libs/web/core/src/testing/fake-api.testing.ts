import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach } from '@jest/globals';

/** What a spec adds to the fake API's TestBed: the store under test, a router, a fake session… */
export type TestProviders = (Provider | EnvironmentProviders)[];

/** Which request is meant, as `HttpTestingController.expectOne` takes it. */
export type RequestMatcher = Parameters<HttpTestingController['expectOne']>[0];

type FlushBody = Parameters<TestRequest['flush']>[0];
type FlushOptions = Parameters<TestRequest['flush']>[1];

/** Sets up TestBed with the spec's providers and HttpClient answered by HttpTestingController; gives the fake backend. */
export function fakeApi(...providers: TestProviders): HttpTestingController {
  TestBed.configureTestingModule({ providers: [...providers, provideHttpClient(), provideHttpClientTesting()] });
  return TestBed.inject(HttpTestingController);
}

/** Answers the one request `pending` made (`match`) with `body` (and `opts`: status, statusText), then waits for `pending`. */
export function answer<R>(backend: HttpTestingController, pending: Promise<R>, match: RequestMatcher, body: FlushBody, opts?: FlushOptions): Promise<R> {
  backend.expectOne(match).flush(body, opts);
  return pending;
}

const STATUS_TEXT = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' } as const;

/** The refusals the specs fake, each with its status text. */
export type RefusalStatus = keyof typeof STATUS_TEXT;

/** Answers the one request `pending` made (`match`) as the API refuses it: `status` and its problem (`statusCode`, `message`); then waits for `pending`. */
export function refuse<R>(backend: HttpTestingController, pending: Promise<R>, match: RequestMatcher, status: RefusalStatus, message: string | string[]): Promise<R> {
  return answer(backend, pending, match, { statusCode: status, message }, { status, statusText: STATUS_TEXT[status] });
}

/** A fake API set up before each test of a `describe`, and checked after each that no request was left unanswered. */
export interface ApiSpec {
  /** The current test's fake backend. */
  readonly backend: HttpTestingController;
  /** `answer` on the current test's fake backend. */
  answer<R>(pending: Promise<R>, match: RequestMatcher, body: FlushBody, opts?: FlushOptions): Promise<R>;
  /** `refuse` on the current test's fake backend. */
  refuse<R>(pending: Promise<R>, match: RequestMatcher, status: RefusalStatus, message: string | string[]): Promise<R>;
}

/** An `ApiSpec` with the store under test, made by TestBed before each test. */
export interface StoreSpec<T> extends ApiSpec {
  readonly sut: T;
}

/** Call in a `describe`: before each of its tests, TestBed with `providers` over a fake API; after each, `verify()`. */
export function apiSpec(...providers: TestProviders): ApiSpec {
  let backend: HttpTestingController | undefined;
  beforeEach(() => {
    backend = fakeApi(...providers);
  });
  afterEach(() => backend?.verify());
  const current = (): HttpTestingController => {
    if (!backend) throw new Error('The fake API is set up before each test: use it inside one.');
    return backend;
  };
  return {
    get backend() {
      return current();
    },
    answer: (pending, match, body, opts) => answer(current(), pending, match, body, opts),
    refuse: (pending, match, status, message) => refuse(current(), pending, match, status, message),
  };
}

/** Call in a store's `describe`: before each test, the store under test (`sut`) over a fresh fake API; after each, `verify()`. */
export function storeSpec<T>(store: Type<T>, ...providers: TestProviders): StoreSpec<T> {
  const api = apiSpec(store, ...providers);
  let sut: T | undefined;
  beforeEach(() => {
    sut = TestBed.inject(store);
  });
  return {
    get sut() {
      if (sut === undefined) throw new Error(`${store.name} is made before each test: use it inside one.`);
      return sut;
    },
    get backend() {
      return api.backend;
    },
    answer: api.answer,
    refuse: api.refuse,
  };
}

/** Lets what waits on a timer or a chain of promises run (one turn of the event loop). */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
