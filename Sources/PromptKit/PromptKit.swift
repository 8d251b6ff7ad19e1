// Placeholder until the PromptKit issue lands.
enum PromptKitModule {}
