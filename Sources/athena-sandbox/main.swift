import Foundation
import SandboxApp

exit(CommandRunner.main(Array(CommandLine.arguments.dropFirst())))
