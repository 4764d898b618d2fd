// The health module's public surface. Nothing is used from outside: the app imports HealthModule by its path.
export {};
