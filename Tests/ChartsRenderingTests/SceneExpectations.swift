import ChartsTestSupport
import Testing

@testable import Charts
@testable import ChartsRendering

/// The checks every drawn chart must pass, with readable failure messages.
func expectClean(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  for problem in sceneProblems(scene, name) { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
}
