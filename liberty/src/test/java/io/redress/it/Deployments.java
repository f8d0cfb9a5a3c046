package io.redress.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build made, as Arquillian deploys it: under its own name as context root, so deployments never clash. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive redress(String name) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, name + ".war").importFrom(new File("target/redress.war"))
                .as(WebArchive.class);
        war.delete("WEB-INF/ibm-web-ext.xml");
        return war;
    }
}
