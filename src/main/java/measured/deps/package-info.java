/**
 * Samples that declare dependencies the JBang way ({@code //DEPS group:artifact:version}): the declarations,
 * read strictly, and their resolution from Maven Central with Maven's own resolver into the local repository.
 */
package measured.deps;
