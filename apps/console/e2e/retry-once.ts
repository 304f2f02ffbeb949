// A browser flow through the whole platform can lose a click or a frame on a loaded machine; CI
// runs the suite once, so each test gets one more try, and the first failure is still printed.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
