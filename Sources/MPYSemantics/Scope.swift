// Scope analysis
