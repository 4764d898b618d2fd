// The timeline module has nothing other modules use: its routes are its surface.
export {};
