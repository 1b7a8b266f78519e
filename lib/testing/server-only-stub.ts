// Integration tests call server modules directly, outside React's server environment.
export {};
