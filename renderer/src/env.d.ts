// Vite's client types: CSS imports, import.meta.glob and import.meta.env. Referenced here because
// tsconfig.web.json sets "types": [] so that no Node types leak into the renderer.
/// <reference types="vite/client" />
