// The appointments module's public surface. Nothing is used from outside yet: the portal reads her
// appointments through its own repository, and the app imports AppointmentsModule by its path.
export {};
