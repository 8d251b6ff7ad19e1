// `PromptBundle.script(_:)`, the prompt scripts of prompts/ read and checked at build time, is
// generated into this target by the EmbedPrompts plugin. It is apart from `BundledPrompts` (the
// files as text) so that the modules that only read files do not depend on the wizard engine.
import BundledPrompts
import PromptKit
