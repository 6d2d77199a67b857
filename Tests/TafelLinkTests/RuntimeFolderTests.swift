import Foundation
import TafelCore
import Testing

@testable import TafelLink

/// The socket's folder is this user's and closed to others, or it is not used at all.
@Suite struct RuntimeFolderTests {
  @Test func underXDGRuntimeDirItIsMadePrivate() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    #expect(folder == temporary.path + "/tafel")
    var status = stat()
    #expect(lstat(folder, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o700)
    #expect(status.st_uid == getuid())
  }

  @Test func withoutXDGRuntimeDirItIsAFolderOfTheUsersOwn() {
    let temporary = TemporaryFolder()
    let folder = RuntimeFolder.path(environment: ["TMPDIR": temporary.path + "/"])
    #expect(folder == temporary.path + "/tafel-\(getuid())")
    #expect(RuntimeFolder.path(environment: [:]) == "/tmp/tafel-\(getuid())")
    // A runtime folder that is not there (or is relative) is not trusted.
    #expect(
      RuntimeFolder.path(environment: ["XDG_RUNTIME_DIR": temporary.path + "/missing"])
        == "/tmp/tafel-\(getuid())")
  }

  @Test func aFolderOthersCanEnterIsRefusedAndLeftAsItIs() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.file("tafel")
    #expect(mkdir(folder, 0o755) == 0)
    _ = chmod(folder, 0o755)
    #expect(throws: LinkError.folderUnsafe(path: folder, reason: .openToOthers)) {
      _ = try RuntimeFolder.ensure(environment: ["XDG_RUNTIME_DIR": temporary.path])
    }
    var status = stat()
    _ = lstat(folder, &status)
    #expect(status.st_mode & 0o777 == 0o755)
  }

  @Test func aFileInItsPlaceIsRefused() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.file("tafel")
    #expect(FileManager.default.createFile(atPath: folder, contents: Data("mine".utf8)))
    #expect(throws: LinkError.folderUnsafe(path: folder, reason: .notFolder)) {
      _ = try RuntimeFolder.ensure(environment: ["XDG_RUNTIME_DIR": temporary.path])
    }
    #expect(FileManager.default.contents(atPath: folder) == Data("mine".utf8))
  }

  @Test(.enabled(if: runsAsRoot, "needs to give a folder to another user"))
  func anotherUsersFolderIsRefused() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.file("tafel")
    #expect(mkdir(folder, 0o700) == 0)
    #expect(chown(folder, 65534, 65534) == 0)
    #expect(throws: LinkError.folderUnsafe(path: folder, reason: .ownedBy(uid: 65534))) {
      _ = try RuntimeFolder.ensure(environment: ["XDG_RUNTIME_DIR": temporary.path])
    }
  }

  @Test func theMessageSaysWhereAndWhatToDoInBothLanguages() throws {
    let strings = try Content.embedded().strings
    let error = LinkError.folderUnsafe(path: "/tmp/tafel-1000", reason: .openToOthers)
    let dutch = strings.text(error.message, in: .nl)
    #expect(dutch.contains("/tmp/tafel-1000"))
    #expect(dutch.contains("chmod 700"))
    let english = strings.text(error.message, in: .en)
    #expect(english.contains("others can enter"))
  }
}

/// One socket per workshop, the same however the workshop was named.
@Suite struct WallAddressTests {
  @Test func aRelativeNameALinkAndTheFullPathFindTheSameSocket() throws {
    let temporary = TemporaryFolder()
    let workshop = temporary.file("alliantie.json")
    #expect(FileManager.default.createFile(atPath: workshop, contents: Data("{}".utf8)))
    #expect(symlink(workshop, temporary.file("link.json")) == 0)
    let full = WallAddress.socket(forWorkshopAt: workshop, in: "/run")
    #expect(WallAddress.socket(forWorkshopAt: temporary.file("link.json"), in: "/run") == full)
    #expect(
      WallAddress.socket(forWorkshopAt: temporary.path + "/./alliantie.json", in: "/run") == full)
    #expect(mkdir(temporary.file("sub"), 0o700) == 0)
    #expect(
      WallAddress.socket(forWorkshopAt: temporary.path + "/sub/../alliantie.json", in: "/run")
        == full)
    // A relative name is taken from the current folder, as `tafel open` takes it.
    let here = FileManager.default.currentDirectoryPath
    #expect(WallAddress.canonical("nergens-\(getpid()).json") == here + "/nergens-\(getpid()).json")
    #expect(full.hasPrefix("/run/alliantie-"))
    #expect(full.hasSuffix(".sock"))
  }

  @Test func twoWorkshopsWithOneNameInTwoFoldersDoNotShareAWall() {
    let first = WallAddress.socket(forWorkshopAt: "/a/alliantie.json", in: "/run")
    let second = WallAddress.socket(forWorkshopAt: "/b/alliantie.json", in: "/run")
    #expect(first != second)
    #expect(WallAddress.workshopName(ofSocket: first) == "alliantie")
  }

  @Test func aLongOrOddNameStillFitsASocketAddress() {
    let name = String(repeating: "zorgalliantie ", count: 20) + "Rijnmond-Zuid ëë.json"
    let socket = WallAddress.socket(
      forWorkshopAt: "/x/" + name, in: "/run/user/1000/tafel")
    #expect(socket.utf8.count <= UnixSocket.maximumPathBytes)
    #expect(WallAddress.readableName(name).allSatisfy { $0.isASCII })
  }
}
