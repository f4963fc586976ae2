import APIGenBuildTool

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(BuildTool.run(Array(CommandLine.arguments.dropFirst())))
