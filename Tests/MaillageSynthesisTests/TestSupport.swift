// Every file of this test target sees the shared test support (repository paths,
// fixtures, reference cases, tiny datasets, runMaillage) without importing it.
@_exported import MaillageTestSupport
