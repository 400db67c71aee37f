// The Charts module: chart specs, layout into a scene, and rendering.
