/**
 * natural ships no types for its deep classifier modules. Only what the dev comparison in
 * naturalBaseline.ts uses: documents as token arrays, classifications with a value per label.
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  class BayesClassifier {
    addDocument(tokens: readonly string[], label: string): void;
    train(): void;
    getClassifications(tokens: readonly string[]): { label: string; value: number }[];
  }
  export = BayesClassifier;
}

declare module 'natural/lib/natural/classifiers/logistic_regression_classifier.js' {
  class LogisticRegressionClassifier {
    addDocument(tokens: readonly string[], label: string): void;
    train(): void;
    getClassifications(tokens: readonly string[]): { label: string; value: number }[];
  }
  export = LogisticRegressionClassifier;
}
