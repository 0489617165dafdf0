// Corpus generator lives here.
